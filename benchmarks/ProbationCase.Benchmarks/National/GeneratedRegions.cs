using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProbationCase.Benchmarks.Hosting;
using ProbationCase.Infrastructure.Persistence;

namespace ProbationCase.Benchmarks.National;

/// <summary>Whether a database already holds a region generated today at a scale, against the current migrations.</summary>
public static class GeneratedRegions
{
    public static async Task<bool> IsCurrentAsync(string connectionString, double scale, int seed, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        try
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand(
                    "SELECT count(*) FROM benchmark_dataset WHERE scale = @scale AND seed = @seed AND (as_of AT TIME ZONE 'Europe/London')::date = @asOf",
                    connection);
                command.Parameters.AddWithValue("scale", scale);
                command.Parameters.AddWithValue("seed", seed);
                command.Parameters.AddWithValue("asOf", asOf);
                if ((long)(await command.ExecuteScalarAsync(cancellationToken))! == 0)
                {
                    return false;
                }
            }

            await using var host = AppServices.Create(connectionString);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProbationCaseDbContext>();
            return !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
        }
        catch (PostgresException)
        {
            return false;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }
}
