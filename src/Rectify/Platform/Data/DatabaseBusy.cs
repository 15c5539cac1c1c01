using Microsoft.Data.Sqlite;
using Npgsql;

namespace Rectify.Platform.Data;

/// <summary>
/// A write the database could not take now: SQLite's one writer held past the busy timeout (a large import holds it
/// for its whole transaction), or PostgreSQL out of connections, locks or a serialization race. Nothing was saved;
/// the client is told so and when to try again (503 with Retry-After), and a page keeps what was typed.
/// </summary>
public static class DatabaseBusy
{
    public const int RetryAfterSeconds = 10;

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private static readonly HashSet<string> BusyStates =
    [
        PostgresErrorCodes.LockNotAvailable, PostgresErrorCodes.SerializationFailure, PostgresErrorCodes.DeadlockDetected,
        PostgresErrorCodes.TooManyConnections, PostgresErrorCodes.CannotConnectNow,
    ];

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                case PostgresException p when BusyStates.Contains(p.SqlState):
                case NpgsqlException { InnerException: TimeoutException }:
                    return true;
            }
        }
        return false;
    }

    public static void AddRetryAfter(HttpResponse response) =>
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
