using System.ComponentModel.DataAnnotations;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>
/// Checks an action's input against its annotations inside the action, so page, API and job refuse the same input with the
/// same Chinese message (text longer than its column included: SQLite would store it, PostgreSQL would fail).
/// </summary>
public static class Inputs
{
    public static T Checked<T>(T input) where T : notnull
    {
        var refusals = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), refusals, validateAllProperties: true))
            throw RuleViolation.Invalid(refusals[0].ErrorMessage ?? PlatformErrors.BadRequest);
        return input;
    }
}
