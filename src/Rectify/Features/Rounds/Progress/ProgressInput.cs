using System.ComponentModel.DataAnnotations;

namespace Rectify.Features.Rounds.Progress;

public sealed record ProgressInput(
    [property: Required(ErrorMessage = "请填写整改进展情况"), StringLength(4000, ErrorMessage = "进展情况不能超过4000字")] string Text,
    [property: Range(0, 100, ErrorMessage = "完成进度应在0到100之间")] int Percent,
    DateOnly? On);
