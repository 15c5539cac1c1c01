using Rectify.Platform.Security;

namespace Rectify.UnitTests.Platform.Security;

public class PasswordRulesTests
{
    private static IReadOnlyList<string> Check(string password, string userName = "liuxiaomei") => PasswordRules.Check(password, userName, 12);

    [Theory]
    [InlineData("Qingshan#Lake42")]
    [InlineData("xiao-mei.river77")]
    [InlineData("STORM!harbour9")]
    [InlineData("整改Tower#2024")]
    public void A_long_password_of_three_classes_that_is_not_common_passes(string password) => Assert.Empty(Check(password));

    [Fact]
    public void The_password_that_passed_before_is_refused_for_length_and_classes_and_as_common()
    {
        var refusals = Check("password1");
        Assert.Contains("密码至少需要12位", refusals);
        Assert.Contains(SecurityErrors.PasswordClasses, refusals);
        Assert.Contains(SecurityErrors.PasswordCommon, refusals);
    }

    [Fact]
    public void The_minimum_length_follows_the_setting()
    {
        Assert.Contains("密码至少需要16位", PasswordRules.Check("Qingshan#Lake42", "liu", 16));
        Assert.Empty(PasswordRules.Check("Qingshan#Lake42", "liu", 12));
    }

    [Theory]
    [InlineData("longlowercaseonly")]
    [InlineData("LONGUPPERCASEONLY")]
    [InlineData("lowerandUPPERonly")]
    [InlineData("123456789012345")]
    [InlineData("digits2024and")]
    public void Fewer_than_three_classes_are_refused(string password) => Assert.Contains(SecurityErrors.PasswordClasses, Check(password));

    [Theory]
    [InlineData("Liuxiaomei#2025")]
    [InlineData("my-LIUXIAOMEI-pass1")]
    public void A_password_containing_the_user_name_in_either_case_is_refused(string password) =>
        Assert.Contains(SecurityErrors.PasswordContainsUserName, Check(password));

    [Theory]
    [InlineData("Password@2024")]
    [InlineData("P@ssw0rd2024!")]
    [InlineData("Admin@123456")]
    [InlineData("Qwerty123456!")]
    [InlineData("1qaz@WSX3edc")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("Woaini1314!!")]
    [InlineData("zhangsan@1990")]
    [InlineData("Zhongguo#2025")]
    [InlineData("Iloveyou2024!")]
    public void Common_passwords_keyboard_walks_and_word_year_patterns_are_refused(string password) =>
        Assert.Contains(SecurityErrors.PasswordCommon, Check(password));

    [Fact]
    public void The_shipped_list_holds_thousands_of_common_passwords()
    {
        Assert.True(PasswordRules.IsCommon("123456"));
        Assert.True(PasswordRules.IsCommon("qwertyuiop"));
        Assert.False(PasswordRules.IsCommon("Qingshan#Lake42"));
    }

    [Fact]
    public void The_demo_and_bench_passwords_meet_the_rule()
    {
        foreach (var account in Rectify.Features.Demo.DemoAccounts.All)
            Assert.Empty(PasswordRules.Check(Rectify.Features.Demo.DemoAccounts.Password, account.UserName, 12));
        Assert.Empty(PasswordRules.Check(Rectify.Features.Demo.Generator.ProvinceAccounts.Password, "province-office", 12));
    }
}
