using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Web.Forms;
using ProbationCase.Web.TagHelpers;

namespace ProbationCase.Web.Tests.TagHelpers;

public sealed class GovUkTagHelperTests
{
    public sealed class Page
    {
        public InputModel Input { get; set; } = new();
    }

    public sealed class InputModel
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? Outcome { get; set; }

        public DateInput Date { get; set; } = new();
    }

    private static readonly SelectListItem[] Outcomes = [new("Attended", "attended"), new("Failed to attend", "failed")];

    [Fact]
    public void Input_WithError_RendersGovUkErrorMarkupAndKeepsWhatWasTyped()
    {
        var rendering = new TagHelperRendering<Page>(new Page());
        rendering.Posted("Input.Email", "not-an-email");
        rendering.ModelState.AddModelError("Input.Email", "Enter an email address in the correct format");
        var helper = new GovUkInputTagHelper { For = rendering.For("Input.Email"), ViewContext = rendering.ViewContext, Label = "Email address", Hint = "Your work email" };

        var html = TagHelperRendering<Page>.Render(helper, "govuk-input");

        Assert.NotNull(html.QuerySelector("div.govuk-form-group.govuk-form-group--error"));
        var input = html.QuerySelector("input#Input_Email.govuk-input.govuk-input--error")!;
        Assert.Equal("Input.Email", input.GetAttribute("name"));
        Assert.Equal("not-an-email", input.GetAttribute("value"));
        Assert.Equal("Input_Email-hint Input_Email-error", input.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Enter an email address in the correct format", html.QuerySelector("p#Input_Email-error.govuk-error-message")!.TextContent);
        Assert.Equal("Input_Email", html.QuerySelector("label.govuk-label")!.GetAttribute("for"));
    }

    [Fact]
    public void Input_Password_NeverSendsTheValueBack()
    {
        var rendering = new TagHelperRendering<Page>(new Page { Input = { Password = "secret" } });
        rendering.Posted("Input.Password", "secret");
        var helper = new GovUkInputTagHelper { For = rendering.For("Input.Password"), ViewContext = rendering.ViewContext, Type = "password" };

        var html = TagHelperRendering<Page>.Render(helper, "govuk-input");

        Assert.False(html.QuerySelector("input")!.HasAttribute("value"));
    }

    [Fact]
    public void Radios_FirstRadio_HasTheFieldIdAndTheModelValueIsChecked()
    {
        var rendering = new TagHelperRendering<Page>(new Page { Input = { Outcome = "failed" } });
        var helper = new GovUkRadiosTagHelper { For = rendering.For("Input.Outcome"), ViewContext = rendering.ViewContext, Legend = "What happened?", Items = Outcomes };

        var html = TagHelperRendering<Page>.Render(helper, "govuk-radios");

        var radios = html.QuerySelectorAll("input.govuk-radios__input");
        Assert.Equal(["Input_Outcome", "Input_Outcome-2"], radios.Select(r => r.Id));
        Assert.Equal("failed", html.QuerySelector("input[checked]")!.GetAttribute("value"));
        Assert.Equal("What happened?", html.QuerySelector("fieldset > legend")!.TextContent);
    }

    [Fact]
    public void DateInput_ErrorOnMonthOnly_MarksOnlyTheMonth()
    {
        var rendering = new TagHelperRendering<Page>(new Page());
        rendering.Posted("Input.Date.Day", "1");
        rendering.Posted("Input.Date.Month", "13");
        rendering.Posted("Input.Date.Year", "2025");
        rendering.ModelState.AddModelError("Input.Date.Month", "Month must be between 1 and 12");
        var helper = new GovUkDateInputTagHelper { For = rendering.For("Input.Date"), ViewContext = rendering.ViewContext, Legend = "Date" };

        var html = TagHelperRendering<Page>.Render(helper, "govuk-date-input");

        Assert.Equal(["Input_Date_Month"], html.QuerySelectorAll("input.govuk-input--error").Select(i => i.Id));
        Assert.Equal("13", html.QuerySelector("input#Input_Date_Month")!.GetAttribute("value"));
        Assert.Equal("group", html.QuerySelector("fieldset")!.GetAttribute("role"));
    }

    [Fact]
    public void ErrorSummary_NoErrors_RendersNothing()
    {
        var rendering = new TagHelperRendering<Page>(new Page());

        var html = TagHelperRendering<Page>.Render(new GovUkErrorSummaryTagHelper { ViewContext = rendering.ViewContext }, "govuk-error-summary");

        Assert.Empty(html.InnerHtml);
    }

    [Fact]
    public void ErrorSummary_Errors_ListedInPageOrderWithDateLinkedToDay()
    {
        var rendering = new TagHelperRendering<Page>(new Page());
        rendering.Posted("Input.Date.Day", "");
        rendering.ModelState.AddModelError("Input.Date", "Enter a date");
        rendering.ModelState.AddModelError("Input.Outcome", "Select what happened");
        rendering.ModelState.AddModelError("Input.Email", "Enter an email address");

        var html = TagHelperRendering<Page>.Render(new GovUkErrorSummaryTagHelper { ViewContext = rendering.ViewContext }, "govuk-error-summary");

        Assert.Equal("There is a problem", html.QuerySelector("[role=alert] h2.govuk-error-summary__title")!.TextContent);
        var links = html.QuerySelectorAll(".govuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.TextContent));
        Assert.Equal(
            [("#Input_Email", "Enter an email address"), ("#Input_Outcome", "Select what happened"), ("#Input_Date_Day", "Enter a date")],
            links);
    }
}
