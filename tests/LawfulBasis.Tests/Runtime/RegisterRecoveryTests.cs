using LawfulBasis.Registers;

namespace LawfulBasis.Tests.Runtime;

/// <summary>A register's last line cut short by a crash is moved aside by its writer, as the trail's is; a reader never changes the file.</summary>
public sealed class RegisterRecoveryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lawfulbasis-register-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_torn_last_record_is_moved_aside_by_the_writer_and_left_alone_by_a_reader()
    {
        var path = Path.Combine(_folder, "consents.jsonl");
        using (var store = new JsonLinesRecordStore<ConsentRecord>(path))
        {
            store.Append(new ConsentRecord("alice-0001", "newsletter", ConsentAction.Given, DateTimeOffset.UnixEpoch, null, "form", false));
        }

        var intact = File.ReadAllText(path);
        File.AppendAllText(path, "{\"subjectId\":\"bob-0002\",\"purp");

        // A reader (the tool beside a running application) neither repairs nor accepts it.
        Assert.Throws<InvalidDataException>(() => new JsonLinesRecordStore<ConsentRecord>(path, forWriting: false));
        Assert.NotEqual(intact, File.ReadAllText(path));

        using (var store = new JsonLinesRecordStore<ConsentRecord>(path))
        {
            Assert.Single(store.ReadAll());
        }

        Assert.Equal(intact, File.ReadAllText(path));
        var torn = Assert.Single(Directory.GetFiles(_folder, "consents.jsonl.torn-*"));
        Assert.Equal("{\"subjectId\":\"bob-0002\",\"purp", File.ReadAllText(torn));
    }
}
