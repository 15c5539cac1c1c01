namespace Rectify.Platform.Security;

/// <summary>The actor of commands and jobs that run outside a request.</summary>
public sealed class SystemUser : ICurrentUser
{
    public Guid? Id => null;
    public string Name => "系统";
}
