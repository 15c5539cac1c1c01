namespace Rectify.Platform.Security;

/// <summary>Who acts now: the signed-in user of a request, or the system for jobs and commands.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }
    string Name { get; }
}
