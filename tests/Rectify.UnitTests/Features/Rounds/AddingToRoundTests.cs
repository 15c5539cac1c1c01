using Rectify.Features.Rounds;

namespace Rectify.UnitTests.Features.Rounds;

/// <summary>
/// The one rule by which a section, problem or measure joins a round — from the office's form, the API, a sheet merged into
/// the round, 举一反三 and the round import alike: the label stated, else the next after its siblings', and placed last.
/// </summary>
public class AddingToRoundTests
{
    private static readonly Guid RoundId = Guid.CreateVersion7();

    [Fact]
    public void A_measure_without_a_label_is_numbered_after_its_siblings_in_their_style_and_placed_last()
    {
        var measure = Measure.AddTo(RoundId, Guid.CreateVersion7(), ["(1)", "(2)"], null, "建立台账", MeasureKind.Dated);

        Assert.Equal(("(3)", 3), (measure.Label, measure.SortOrder));
    }

    [Fact]
    public void The_first_measure_of_a_problem_is_yi_shi()
    {
        Assert.Equal("一是", Measure.AddTo(RoundId, Guid.CreateVersion7(), [], null, "建立台账", MeasureKind.Dated).Label);
    }

    [Fact]
    public void A_stated_label_is_kept_and_an_import_that_states_none_keeps_none()
    {
        var stated = Measure.AddTo(RoundId, Guid.CreateVersion7(), ["一是"], " 五是 ", "建立台账", MeasureKind.Dated);
        var none = Measure.AddTo(RoundId, Guid.CreateVersion7(), [], "", "建立台账", MeasureKind.Dated);

        Assert.Equal(("五是", 2), (stated.Label, stated.SortOrder));
        Assert.Equal(("", 1), (none.Label, none.SortOrder));
    }

    [Fact]
    public void A_blank_label_box_asks_for_the_next_number()
    {
        Assert.Null(Numbering.Asked("  "));
        Assert.Null(Numbering.Asked(null));
        Assert.Equal("(二)", Numbering.Asked("(二)"));
    }

    [Fact]
    public void A_first_section_is_numbered_yi_at_the_top_and_1_below_it()
    {
        var top = Section.AddTo(RoundId, null, [], "方面", null, "关于政治建设方面");
        var below = Section.AddTo(RoundId, top, [], "类", null, "学习贯彻不深入");

        Assert.Equal(("(一)", 1, (Guid?)null, 1), (top.Label, top.Depth, top.ParentId, top.SortOrder));
        Assert.Equal(("1.", 2, (Guid?)top.Id, 1), (below.Label, below.Depth, below.ParentId, below.SortOrder));
    }

    [Fact]
    public void A_section_follows_the_style_of_its_siblings()
    {
        var section = Section.AddTo(RoundId, null, ["第一方面", "第二方面"], "方面", null, "关于作风建设方面");

        Assert.Equal(("第三方面", 3), (section.Label, section.SortOrder));
    }

    [Fact]
    public void A_first_problem_is_numbered_1_in_brackets_and_later_ones_follow_their_siblings()
    {
        var first = Problem.AddTo(RoundId, null, [], null, "会议过多", null);
        var third = Problem.AddTo(RoundId, null, ["1.", "2."], null, "文件过多", null);

        Assert.Equal(("(1)", 1), (first.Label, first.SortOrder));
        Assert.Equal(("3.", 3), (third.Label, third.SortOrder));
    }
}
