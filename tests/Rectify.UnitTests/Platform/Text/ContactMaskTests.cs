using Rectify.Platform.Text;

namespace Rectify.UnitTests.Platform.Text;

public class ContactMaskTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0546-8123456", "054****3456")]
    [InlineData("8123456", "****3456")]
    [InlineData("12345", "*****")]
    [InlineData("", "")]
    public void A_phone_in_a_list_shows_only_its_first_three_and_last_four_digits(string phone, string shown)
    {
        Assert.Equal(shown, ContactMask.Phone(phone));
    }

    [Theory]
    [InlineData("张伟", "张*")]
    [InlineData("欧阳明远", "欧**")]
    [InlineData("王", "*")]
    public void A_contact_name_in_a_list_keeps_only_its_surname(string name, string shown)
    {
        Assert.Equal(shown, ContactMask.Name(name));
    }
}
