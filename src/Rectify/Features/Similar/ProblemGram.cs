using Rectify.Platform.Data;

namespace Rectify.Features.Similar;

/// <summary>
/// One bigram of a problem's text: the inverted index that finds similar problems without reading them all. Worked out
/// from the problem's title and feedback, whose changes are audited.
/// </summary>
[Derived]
public sealed class ProblemGram
{
    private ProblemGram() { }

    public ProblemGram(Guid problemId, string gram)
    {
        ProblemId = problemId;
        Gram = gram;
    }

    public Guid ProblemId { get; private set; }
    public string Gram { get; private set; } = "";

    public static IEnumerable<ProblemGram> Of(Rounds.Problem problem) =>
        ChineseGrams.OfProblem(problem.Title, problem.Feedback).Select(g => new ProblemGram(problem.Id, g));
}
