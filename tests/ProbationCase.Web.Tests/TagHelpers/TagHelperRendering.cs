using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ProbationCase.Web.Tests.TagHelpers;

/// <summary>Renders a tag helper as a Razor page would, against a page model and its ModelState.</summary>
internal sealed class TagHelperRendering<TPage>(TPage page)
{
    private static readonly EmptyModelMetadataProvider Metadata = new();

    public ModelStateDictionary ModelState { get; } = new();

    public ViewContext ViewContext => new()
    {
        HttpContext = new DefaultHttpContext(),
        ViewData = new ViewDataDictionary<TPage>(Metadata, ModelState) { Model = page },
    };

    /// <summary>The ModelExpression asp-for="<paramref name="name"/>" would give, for a property of the page.</summary>
    public ModelExpression For(string name)
    {
        var explorer = Metadata.GetModelExplorerForType(typeof(TPage), page);
        foreach (var segment in name.Split('.'))
        {
            explorer = explorer.GetExplorerForProperty(segment);
        }

        return new ModelExpression(name, explorer);
    }

    /// <summary>Posts <paramref name="value"/> for <paramref name="key"/>, as model binding would record it.</summary>
    public void Posted(string key, string value) => ModelState.SetModelValue(key, value, value);

    public static IElement Render(TagHelper helper, string tagName)
    {
        var context = new TagHelperContext(new TagHelperAttributeList(), new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput(
            tagName,
            new TagHelperAttributeList(),
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        var document = new HtmlParser().ParseDocument($"<body>{writer}</body>");
        return document.Body!;
    }
}
