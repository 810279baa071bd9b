export const NEXT_COMPRESS: boolean;
