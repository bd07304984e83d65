namespace ProbationCase.Domain.Tests;

public class DomainDependencyTests
{
    [Fact]
    public void DomainAssembly_References_NoEntityFrameworkOrAspNet()
    {
        var references = typeof(DomainException).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Npgsql", StringComparison.Ordinal));
    }
}
