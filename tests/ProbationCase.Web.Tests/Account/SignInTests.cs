using System.Net;
using ProbationCase.Infrastructure.Seeding;
using ProbationCase.Web.Pages.Account;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Account;

public sealed class SignInTests(ProbationCaseWebFactory factory) : WebTest(factory)
{
    [Theory]
    [InlineData("ro@probation.test", "/Officer")]
    [InlineData("spo@probation.test", "/Spo")]
    [InlineData("court@probation.test", "/Court")]
    [InlineData("admin@probation.test", "/Admin")]
    public async Task SignIn_DemoUser_LandsOnTheirRoleHomePage(string email, string home)
    {
        var client = await SignedInClientAsync(email);

        var landing = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.Equal(home, landing.Headers.Location!.OriginalString);
        var homePage = await client.GetAsync(new Uri(home, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, homePage.StatusCode);
        var document = await homePage.ReadDocumentAsync();
        Assert.Contains(email, document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorSummaryWith400()
    {
        var client = AnonymousClient();

        var response = await client.SignInAsync("ro@probation.test", "Not-The-Password-9");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal([SignInModel.FailedMessage], page.ErrorSummaryMessages());
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_UnknownAccount_GivesSameMessageAsWrongPassword()
    {
        var client = AnonymousClient();

        var response = await client.SignInAsync("nobody@probation.test", "Not-The-Password-9");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([SignInModel.FailedMessage], (await response.ReadDocumentAsync()).ErrorSummaryMessages());
    }

    [Fact]
    public async Task SignIn_EmptyFields_ShowsFieldErrors()
    {
        var client = AnonymousClient();

        var response = await client.SignInAsync("", "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal(["Enter your email address", "Enter your password"], page.ErrorSummaryMessages());
        Assert.NotNull(page.QuerySelector("#Input_Email.govuk-input--error"));
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccount()
    {
        var client = AnonymousClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.SignInAsync("ro@probation.test", "Not-The-Password-9");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        var fifth = await client.SignInAsync("ro@probation.test", "Not-The-Password-9");
        Assert.Equal("/Account/Locked", fifth.Headers.Location!.OriginalString);
        var rightPasswordNow = await client.SignInAsync("ro@probation.test", DemoUserSeeder.DemoPassword);
        Assert.Equal("/Account/Locked", rightPasswordNow.Headers.Location!.OriginalString);
        var locked = await client.GetDocumentAsync("/Account/Locked");
        Assert.Equal("Your account is locked", locked.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_PostWithoutAntiforgeryToken_Returns400()
    {
        var client = AnonymousClient();

        var response = await client.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Input.Email"] = "ro@probation.test", ["Input.Password"] = DemoUserSeeder.DemoPassword }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_Post_EndsTheSession()
    {
        var client = await SignedInClientAsync("ro@probation.test");
        var home = await client.GetDocumentAsync("/Officer");

        var response = await client.SubmitFormAsync(home, new Dictionary<string, string>(), "form[action='/Account/SignOut']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetAsync(new Uri("/Officer", UriKind.Relative));
        Assert.StartsWith("/Account/SignIn", after.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }
}
