using System.Net;
using System.Text.RegularExpressions;

namespace Rectify.IntegrationTests.Appeals;

/// <summary>Abuse resistance of /appeal, on a world of its own (the limits count per address, and tests share one).</summary>
public partial class PublicAppealLimitsTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task From_the_third_submission_a_question_must_be_answered_and_the_sixth_in_an_hour_is_refused()
    {
        var visitor = PageSession.Anonymous(world);
        for (var i = 1; i <= 2; i++)
        {
            var (_, form) = await visitor.GetAsync("/appeal");
            Assert.DoesNotContain("验证问题", form);
            Assert.NotEmpty(PublicAppealTests.CodeIn(await visitor.PostForPageAsync("/appeal", PublicAppealTests.Form($"第{i}次反映排水许可超期"))));
        }

        var (_, third) = await visitor.GetAsync("/appeal");
        Assert.Contains("验证问题", third);
        var refused = await visitor.PostForPageAsync("/appeal", WithAnswer(third, "第3次反映排水许可超期", wrong: true));
        Assert.Contains("请正确回答验证问题后再提交", refused);
        Assert.Empty(PublicAppealTests.CodeIn(refused));

        var accepted = await visitor.PostForPageAsync("/appeal", WithAnswer(refused, "第3次反映排水许可超期", wrong: false));
        Assert.NotEmpty(PublicAppealTests.CodeIn(accepted));
        var (_, fifth) = await visitor.GetAsync("/appeal");
        Assert.NotEmpty(PublicAppealTests.CodeIn(await visitor.PostForPageAsync("/appeal", WithAnswer(fifth, "第5次反映", wrong: false))));

        var (_, sixth) = await visitor.GetAsync("/appeal");
        var limited = await visitor.PostAsync("/appeal", WithAnswer(sixth, "第6次反映", wrong: false));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("提交过于频繁", WebUtility.HtmlDecode(await limited.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_body_larger_than_the_form_needs_is_refused_before_it_is_read()
    {
        var visitor = PageSession.Anonymous(world);
        await visitor.GetAsync("/appeal");
        var response = await visitor.PostAsync("/appeal", PublicAppealTests.Form("超长内容", new string('长', 40_000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static Dictionary<string, string> WithAnswer(string html, string title, bool wrong)
    {
        var question = QuestionPattern().Match(html);
        var token = TokenPattern().Match(html).Groups[1].Value;
        var answer = Number(question.Groups[1].Value) + Number(question.Groups[2].Value) + (wrong ? 1 : 0);
        var form = PublicAppealTests.Form(title);
        form["ChallengeToken"] = token;
        form["ChallengeAnswer"] = answer.ToString();
        return form;
    }

    /// <summary>十七 → 17, 二十六 → 26, 四十 → 40.</summary>
    private static int Number(string words)
    {
        const string digits = "零一二三四五六七八九";
        var ten = words.IndexOf('十');
        if (ten < 0) return digits.IndexOf(words[0]);
        var tens = ten == 0 ? 1 : digits.IndexOf(words[0]);
        var ones = ten == words.Length - 1 ? 0 : digits.IndexOf(words[^1]);
        return tens * 10 + ones;
    }

    [GeneratedRegex("验证问题：([零一二三四五六七八九十]+)加([零一二三四五六七八九十]+)等于多少")]
    private static partial Regex QuestionPattern();

    [GeneratedRegex("name=\"ChallengeToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
