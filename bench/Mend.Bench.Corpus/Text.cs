using System.Text;

namespace Mend.Bench.Corpus;

/// <summary>Filler prose from a fixed word list: sentences, headings, titles and tags of plausible shape.</summary>
public static class Text
{
    public static readonly IReadOnlyList<string> Words =
    [
        "talk", "listen", "notice", "pause", "repair", "trust", "friend", "partner", "family", "colleague", "evening",
        "message", "promise", "apology", "honest", "quiet", "careful", "small", "steady", "patient", "gentle", "clear",
        "moment", "week", "morning", "dinner", "plan", "change", "habit", "feeling", "worry", "hope", "kindness",
        "question", "answer", "reason", "story", "memory", "choice", "step", "path", "time", "space", "room", "door",
        "letter", "phone", "call", "visit", "walk", "garden", "kitchen", "table", "chair", "window", "street", "town",
        "work", "meeting", "project", "deadline", "share", "credit", "blame", "fault", "part", "role", "voice", "tone",
        "word", "silence", "anger", "sorrow", "relief", "calm", "doubt", "courage", "effort", "attention", "care",
        "respect", "boundary", "need", "wish", "request", "offer", "help", "support", "advice", "comfort", "distance",
        "closeness", "return", "begin", "finish", "try", "learn", "remember", "forget", "forgive", "explain", "describe",
        "ask", "wait", "stay", "leave", "arrive", "late", "early", "often", "rarely", "again", "together", "alone",
        "slowly", "gently", "plainly", "openly", "kindly", "simply", "really", "perhaps", "almost", "still", "even",
        "the", "a", "and", "but", "so", "with", "about", "after", "before", "when", "while", "because", "if", "that",
        "this", "your", "their", "our", "some", "every", "each", "other", "more", "less", "first", "next", "last",
        "is", "was", "can", "will", "may", "should", "could", "does", "has", "had", "feels", "means", "helps", "keeps",
    ];

    public static readonly IReadOnlyList<string> Tags =
    [
        "listening", "apology", "trust", "boundaries", "communication", "messages", "attention", "respect", "family",
        "friendship", "work", "partners", "anger", "forgiveness", "habits", "time", "promises", "honesty", "support",
        "distance", "conflict", "feedback", "credit", "chores", "money", "plans", "punctuality", "jokes", "privacy",
        "patience", "change", "memory",
    ];

    public static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Words joined by spaces, the first capitalized.</summary>
    public static string Phrase(Rng rng, int min, int max)
    {
        var count = rng.Between(min, max);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var word = rng.Pick(Words);
            builder.Append(i == 0 ? Capitalized(word) : " " + word);
        }
        return builder.ToString();
    }

    /// <summary>A sentence: a phrase and a full stop.</summary>
    public static string Sentence(Rng rng, int min = 7, int max = 16) => Phrase(rng, min, max) + ".";

    /// <summary>Lower-case words, for link texts.</summary>
    public static string LowerPhrase(Rng rng, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, rng.Between(min, max)).Select(_ => rng.Pick(Words)));

    public static int WordCount(string text) =>
        text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
}
