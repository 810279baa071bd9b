import { protect, readLimited } from "@/lib/auth/route-guard";
import { statusOf } from "@/lib/editing/guarded";
import { createUser } from "@/lib/users/create-user";

export const dynamic = "force-dynamic";

/** Admin only: creates a user from JSON { email, name, role, password } (the same operation as the users page). */
export async function POST(request: Request): Promise<Response> {
  return protect(request, "admin", async () => {
    const body = await readLimited(request, 16 * 1024);
    if (body instanceof Response) return body;
    let input: unknown;
    try {
      input = JSON.parse(body);
    } catch {
      return Response.json({ error: { code: "invalid", message: "The body must be JSON." } }, { status: 400 });
    }
    const result = await createUser(input);
    if (!result.ok) {
      const fieldErrors = result.kind === "invalid" ? result.fieldErrors : undefined;
      return Response.json({ error: { code: result.kind, message: result.message, fieldErrors } }, { status: statusOf(result) });
    }
    return Response.json({ userId: result.data.userId }, { status: 201 });
  });
}
