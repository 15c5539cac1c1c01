using Rectify.Features.Admin.Messages;
using Rectify.Features.Admin.Security;
using Rectify.Features.Admin.Units;
using Rectify.Features.Admin.Users;

namespace Rectify.Features.Admin;

public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<UnitTreeQuery>().AddScoped<CreateUnit>().AddScoped<EditUnit>().AddScoped<MoveUnit>().AddScoped<DeactivateUnit>();
        services.AddScoped<UserListQuery>().AddScoped<UserDetailsQuery>().AddScoped<CreateUser>().AddScoped<EditUser>().AddScoped<SetUserActive>();
        // The security admin's accounts and policies (三员分立), and each admin's own authenticator.
        services.AddSecurityAdmin();
        services.AddScoped<Account.EnrolAuthenticator>();
        services.AddScoped<DeliveryQuery>().AddScoped<RetryDelivery>().AddScoped<JobQuery>().AddScoped<Webhooks>();
        return services;
    }

    public static RouteGroupBuilder MapAdmin(this RouteGroupBuilder api)
    {
        api.MapAdminApi();
        api.MapSecurityAdminApi();
        return api;
    }
}
