namespace ProbationCase.Web.Tests.Support;

/// <summary>Base for page tests: a clean database before each test, and sign-in through the real page.</summary>
[Collection(WebCollection.Name)]
public abstract class WebTest(ProbationCaseWebFactory factory) : IAsyncLifetime
{
    protected ProbationCaseWebFactory Factory { get; } = factory;

    public virtual Task InitializeAsync() => Factory.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected HttpClient AnonymousClient() => Factory.CreateBrowserLikeClient();

    protected async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = Factory.CreateBrowserLikeClient();
        var response = await client.SignInAsync(email, ProbationCase.Infrastructure.Seeding.DemoUserSeeder.DemoPassword);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
