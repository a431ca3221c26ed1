/**
 * The web frameworks the route rule knows, and what its message tells the user for each: how to
 * add a guard, and where a guard this file cannot show may live instead.
 */
export type Framework =
  | 'Express'
  | 'Fastify'
  | 'NestJS'
  | 'Next.js'
  | 'Flask'
  | 'FastAPI'
  | 'Django'
  | 'Spring'
  | 'ASP.NET Core'
  | 'Gin'
  | 'net/http'
  | 'Laravel'
  | 'Rails';

interface FrameworkAdvice {
  /** How to add a guard, as an imperative sentence. */
  readonly howToGuard: string;
  /** Where a guard outside this file may cover every route: said in the message so the finding can be judged. */
  readonly elsewhere?: string;
}

export const FRAMEWORK_ADVICE: Readonly<Record<Framework, FrameworkAdvice>> = {
  Express: {
    howToGuard: 'Add authentication middleware to the route (`app.get(path, requireAuth, handler)`) or to its router (`router.use(requireAuth)`).',
    elsewhere: "middleware where the app mounts this router (`app.use('/api', requireAuth, router)`)",
  },
  Fastify: {
    howToGuard: 'Add an `onRequest` or `preHandler` hook that authenticates (`{ onRequest: [fastify.authenticate] }`), or `addHook` it for the plugin.',
    elsewhere: 'a hook where this plugin is registered',
  },
  NestJS: {
    howToGuard: 'Add `@UseGuards(AuthGuard(...))` to the handler or its controller.',
    elsewhere: 'a global guard (`APP_GUARD`, `useGlobalGuards`)',
  },
  'Next.js': {
    howToGuard: 'Check the session at the top of the handler (`getServerSession`, `auth()`, `getToken`) and return 401 without one.',
    elsewhere: '`middleware.ts`',
  },
  Flask: {
    howToGuard: 'Add `@login_required` (Flask-Login) or `@jwt_required()` (Flask-JWT-Extended) to the view, or a `before_request` check to its blueprint.',
    elsewhere: 'a `before_request` hook where the blueprint is registered',
  },
  FastAPI: {
    howToGuard: 'Add a dependency that authenticates: a `Depends(get_current_user)` parameter, or `dependencies=[Depends(...)]` on the route or its router.',
    elsewhere: '`dependencies=[...]` where the router is included (`include_router`)',
  },
  Django: {
    howToGuard: 'Add `@login_required` (or `LoginRequiredMixin`), or `permission_classes = [IsAuthenticated]` for Django REST framework.',
    elsewhere: "Django REST framework's `DEFAULT_PERMISSION_CLASSES` or a login middleware",
  },
  Spring: {
    howToGuard: 'Add `@PreAuthorize(...)` (or `@Secured`/`@RolesAllowed`) to the method or controller.',
    elsewhere: 'a `SecurityFilterChain` configuration',
  },
  'ASP.NET Core': {
    howToGuard: 'Add `[Authorize]` to the action or controller, or `.RequireAuthorization()` to a minimal-API endpoint.',
    elsewhere: 'a fallback authorization policy or `RequireAuthorization()` on the endpoint mapping',
  },
  Gin: {
    howToGuard: 'Add authentication middleware to the route (`r.GET(path, AuthRequired(), handler)`) or its group (`r.Group(path, AuthRequired())`).',
    elsewhere: 'middleware on the group these routes are added to',
  },
  'net/http': {
    howToGuard: 'Wrap the handler in authentication middleware (`mux.Handle(path, requireAuth(handler))`), or the whole mux.',
    elsewhere: 'middleware wrapped around this mux where the server is started',
  },
  Laravel: {
    howToGuard: "Add `->middleware('auth')` (or `auth:sanctum`) to the route or its group, or `$this->middleware('auth')` in the controller.",
    elsewhere: 'a middleware group in the routes file',
  },
  Rails: {
    howToGuard: 'Add `before_action :authenticate_user!` (or your login filter) to the controller.',
    elsewhere: 'a parent controller (`ApplicationController`)',
  },
};
