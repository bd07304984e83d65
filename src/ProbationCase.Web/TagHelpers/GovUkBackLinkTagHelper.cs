using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProbationCase.Web.TagHelpers;

/// <summary>
/// GOV.UK back link, for the layout's BeforeContent section. Text defaults to "Back".
/// <c>@section BeforeContent { &lt;govuk-back-link href="/Officer" /&gt; }</c>
/// </summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class GovUkBackLinkTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("href", Href);
        output.Attributes.SetAttribute("class", "govuk-back-link");

        var content = await output.GetChildContentAsync();
        if (content.IsEmptyOrWhiteSpace)
        {
            output.Content.SetContent("Back");
        }
    }
}
