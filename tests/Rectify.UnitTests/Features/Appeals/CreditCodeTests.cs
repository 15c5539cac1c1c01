using Rectify.Features.Appeals;

namespace Rectify.UnitTests.Features.Appeals;

public class CreditCodeTests
{
    // Check characters worked out separately (Σ value × weight mod 31 over the first 17, GB 32100-2015).
    [Theory]
    [InlineData("91370502MA3CBQ2X1Y")]
    [InlineData("91420100MA4KXY3L7D")]
    [InlineData("12370500004353276M")]
    [InlineData("92370502MA3N8K1P2H")]
    [InlineData("91420106MA49R7UW00")]
    public void A_code_whose_last_character_matches_its_check_digit_is_accepted(string code)
    {
        Assert.True(CreditCode.IsValid(code));
    }

    [Fact]
    public void A_code_is_stored_trimmed_and_in_capitals()
    {
        Assert.Equal("91420100MA4KXY3L7D", CreditCode.Normalize(" 91420100ma4kxy3l7d "));
    }

    [Theory]
    [InlineData("91420100MA4KXY3L7E")] // wrong check character
    [InlineData("91420100MA4KXY3L7")] // 17 characters
    [InlineData("91420100MA4KXY3I7D")] // I is not in the alphabet
    [InlineData("91420100MA4KYX3L7D")] // two characters swapped
    [InlineData("")]
    public void A_mistyped_code_is_refused(string code)
    {
        Assert.False(CreditCode.IsValid(code));
    }

    [Fact]
    public void A_check_sum_of_thirty_one_is_written_as_zero()
    {
        Assert.Equal('0', CreditCode.CheckCharacter("91420106MA49R7UW0"));
    }
}
