using Rectify.Platform.Security;
using Rectify.Platform.Web;

namespace Rectify.Features.Admin;

/// <summary>
/// A bearer token carries its role for hours; the admin API also asks the database, so an admin who was
/// deactivated or given another role is refused at once.
/// </summary>
internal sealed class CurrentAdminFilter(UserScope user) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var scope = await user.LoadAsync(context.HttpContext.RequestAborted);
        if (scope.Role != Role.SystemAdmin) throw new ForbiddenException(PlatformErrors.Forbidden);
        return await next(context);
    }
}
