using Microsoft.AspNetCore.Identity;
using Rectify.Platform.Data;

namespace Rectify.Platform.Security;

public sealed class User : IdentityUser<Guid>, IVersioned
{
    public string FullName { get; set; } = "";
    public Guid UnitId { get; set; }
    public Role Role { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
