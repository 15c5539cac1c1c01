using System.ComponentModel.DataAnnotations;

namespace Rectify.Features.Rounds.Progress;

public sealed record ProgressInput(
    [property: Required(ErrorMessage = RoundsErrors.ProgressTextRequired), StringLength(4000, ErrorMessage = RoundsErrors.ProgressTextTooLong)] string Text,
    [property: Range(0, 100, ErrorMessage = RoundsErrors.PercentOutOfRange)] int Percent,
    DateOnly? On);
