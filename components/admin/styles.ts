// Class names shared by the admin's controls, so that every form looks and focuses the same way.
export const inputClass =
  "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 aria-[invalid=true]:border-red-700 dark:aria-[invalid=true]:border-red-400";
export const labelClass = "mb-1 block text-sm font-medium text-slate-800 dark:text-slate-200";
export const buttonClass =
  "inline-flex items-center justify-center gap-2 rounded-md bg-accent-700 px-4 py-2 text-sm font-semibold text-white hover:bg-accent-600 disabled:cursor-not-allowed disabled:opacity-60";
export const secondaryButtonClass =
  "inline-flex items-center justify-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-60 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";
export const dangerButtonClass =
  "inline-flex items-center justify-center gap-2 rounded-md border border-red-700 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60 dark:border-red-400 dark:bg-slate-900 dark:text-red-300 dark:hover:bg-red-950";
export const errorTextClass = "mt-1 text-sm text-red-800 dark:text-red-300";
export const hintClass = "mt-1 text-sm text-slate-600 dark:text-slate-400";
export const tableClass = "w-full border-collapse text-left text-sm";
export const thClass = "border-b border-slate-300 px-2 py-2 font-semibold dark:border-slate-700";
export const tdClass = "border-b border-slate-200 px-2 py-2 align-top dark:border-slate-800";
