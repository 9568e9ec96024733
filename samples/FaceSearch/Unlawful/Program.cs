using FaceSearch.Unlawful;

// What Clearview AI did, in a few lines: scrape photos, turn faces into templates, sell a search over them.
// Build it and read the warnings: every breach the CNIL found is visible before the code ever runs.

var index = new FaceIndex();
foreach (var url in new[] { "https://social.example/p/1.jpg", "https://social.example/p/2.jpg" })
{
    index.Add(Scraper.Enrol(url));
}

Console.WriteLine($"indexed {index.Count} faces; best match score {index.Search([0.1f, 0.2f, 0.3f]):F2}");
