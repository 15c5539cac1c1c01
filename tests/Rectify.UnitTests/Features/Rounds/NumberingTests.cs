using Rectify.Features.Rounds;

namespace Rectify.UnitTests.Features.Rounds;

public class NumberingTests
{
    [Theory]
    [InlineData("(一)", 3, "(三)")]
    [InlineData("(一)", 12, "(十二)")]
    [InlineData("一、", 2, "二、")]
    [InlineData("第一方面", 4, "第四方面")]
    [InlineData("1.", 10, "10.")]
    [InlineData("(1)", 2, "(2)")]
    [InlineData("1)", 3, "3)")]
    [InlineData("①", 2, "②")]
    [InlineData("一是", 5, "五是")]
    [InlineData("二是", 21, "二十一是")]
    public void Next_label_keeps_the_style_of_its_level(string example, int n, string expected) =>
        Assert.Equal(expected, Numbering.Next(example, n));
}
