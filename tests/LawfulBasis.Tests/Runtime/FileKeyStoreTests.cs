using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LawfulBasis.Audit;

namespace LawfulBasis.Tests.Runtime;

/// <summary>
/// The key store's file after many new subjects: secrets are drawn ahead in blocks and lines are buffered, and neither may
/// change what is kept — one distinct secret per subject, the same line format, everything found again after a reopen,
/// and the lines on disk once <see cref="FileKeyStore.Flush"/> returns.
/// </summary>
public sealed partial class FileKeyStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lawfulbasis-keys-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex("^[0-9a-f]{64} [A-Za-z0-9+/]{43}=$")]
    private static partial Regex KeyLine();

    [Fact]
    public void Many_new_subjects_get_distinct_secrets_in_the_same_line_format_and_are_found_after_a_reopen()
    {
        const int subjects = 700; // more than five blocks of secrets drawn ahead, and more than one 64 KB append buffer
        var folder = Path.Combine(_folder, "keys");
        var keysPath = Path.Combine(folder, "subject-keys.txt");
        var created = new Dictionary<string, byte[]>();
        using (var keys = new FileKeyStore(folder))
        {
            for (var i = 0; i < subjects; i++)
            {
                var subject = $"subject-{i}@example.com";
                created[subject] = keys.GetOrCreate(subject);
                Assert.Same(created[subject], keys.GetOrCreate(subject));
            }

            keys.Flush();
            // Flushed means in the file, before any trail entry under these keys is written.
            var lines = File.ReadAllLines(keysPath);
            Assert.Equal(subjects, lines.Length);
            Assert.All(lines, line => Assert.Matches(KeyLine(), line));

            // Every lookup is .NET's HMAC-SHA256 of the id under the store secret, whichever implementation computed it
            // (libcrypto directly on Linux), so key stores written by either are read by both.
            var storeSecret = File.ReadAllBytes(Path.Combine(folder, "store.key"));
            var lineSet = lines.ToHashSet(StringComparer.Ordinal);
            foreach (var (subject, secret) in created)
            {
                var lookup = Convert.ToHexStringLower(HMACSHA256.HashData(storeSecret, Encoding.UTF8.GetBytes(subject)));
                Assert.Contains($"{lookup} {Convert.ToBase64String(secret)}", lineSet);
            }
        }

        Assert.All(created.Values, secret => Assert.Equal(32, secret.Length));
        Assert.Equal(subjects, created.Values.Select(Convert.ToBase64String).Distinct().Count());
        Assert.DoesNotContain(created.Values, secret => secret.All(b => b == 0));

        using (var reopened = new FileKeyStore(folder))
        {
            foreach (var (subject, secret) in created)
            {
                Assert.Equal(secret, reopened.Find(subject));
            }

            Assert.True(reopened.Delete("subject-1@example.com"));
            Assert.Null(reopened.Find("subject-1@example.com"));
        }

        var remaining = File.ReadAllLines(keysPath);
        Assert.Equal(subjects - 1, remaining.Length);
        Assert.All(remaining, line => Assert.Matches(KeyLine(), line));
    }
}
