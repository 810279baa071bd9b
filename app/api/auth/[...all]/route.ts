import { refuseCrossSite } from "@/lib/auth/cross-site";
import { handleSignIn } from "@/lib/auth/sign-in-route";
import { signOut } from "@/lib/auth/sign-out";

export const dynamic = "force-dynamic";

// Only what the admin needs is exposed: sign-in and sign-out. better-auth's other endpoints (sign-up, password
// reset, profile and session management) stay unreachable; user management is the admins' job.
function notFound(): Response {
  return Response.json({ code: "NOT_FOUND", message: "Not found" }, { status: 404 });
}

function subPath(request: Request): string {
  return new URL(request.url).pathname.replace(/^\/api\/auth\/?/, "").replace(/\/$/, "");
}

export async function POST(request: Request): Promise<Response> {
  const path = subPath(request);
  if (path !== "sign-in/email" && path !== "sign-out") return notFound();
  const refused = await refuseCrossSite(request, (message) => Response.json({ code: "CROSS_SITE_REQUEST", message }, { status: 403, headers: { "Cache-Control": "no-store" } }));
  if (refused) return refused;
  if (path === "sign-in/email") return handleSignIn(request);
  return (await signOut(request.headers)) ?? Response.json({ success: true });
}

export async function GET(): Promise<Response> {
  return notFound();
}
