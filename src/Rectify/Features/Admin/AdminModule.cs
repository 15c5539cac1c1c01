using Rectify.Features.Admin.Messages;
using Rectify.Features.Admin.Units;
using Rectify.Features.Admin.Users;

namespace Rectify.Features.Admin;

public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<UnitTreeQuery>().AddScoped<CreateUnit>().AddScoped<EditUnit>().AddScoped<MoveUnit>().AddScoped<DeactivateUnit>();
        services.AddScoped<UserListQuery>().AddScoped<UserDetailsQuery>().AddScoped<CreateUser>().AddScoped<EditUser>().AddScoped<SetUserActive>().AddScoped<ResetPassword>();
        services.AddScoped<DeliveryQuery>().AddScoped<RetryDelivery>().AddScoped<JobQuery>().AddScoped<Webhooks>();
        return services;
    }

    public static RouteGroupBuilder MapAdmin(this RouteGroupBuilder api)
    {
        api.MapAdminApi();
        return api;
    }
}
