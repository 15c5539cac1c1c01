namespace Rectify.Platform.Web;

/// <summary>A rule a user can break, refused with a message a clerk understands.</summary>
public class RuleViolation(string message, int statusCode = StatusCodes.Status409Conflict) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>Refusals of many items at once (an imported sheet's rows), returned beside the message.</summary>
    public virtual IReadOnlyList<object>? Errors => null;

    /// <summary>Members added to the problem details beside the message (the round a duplicate would repeat).</summary>
    public virtual IReadOnlyDictionary<string, object?>? Extensions => null;

    public static RuleViolation Invalid(string message) => new(message, StatusCodes.Status422UnprocessableEntity);
}

public sealed class NotFoundException(string message) : Exception(message);

public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>The item changed since the user loaded it; carries what it holds now.</summary>
public sealed class ConcurrencyConflict(string message, object? current) : Exception(message)
{
    public object? Current { get; } = current;
}
