#if LAWFULBASIS_CORPUS
// Review: held out at first (precision 0.957, recall 0.674 with the heuristics of commit 31953aa), then its misses
// guided a second round of families, so its figures are no longer an unseen-code estimate. A social network and messaging.
// Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.HeldOut.Social
{
    public enum Visibility { Public, Friends, Private }

    public class Member
    {
        public long Id { get; set; } // key
        public string Handle { get; set; } = ""; // pd
        public string DisplayName { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public string? Location { get; set; } // pd
        public string? Website { get; set; } // no
        public string? AvatarUrl { get; set; } // pd
        public string? CoverImageUrl { get; set; } // pd
        public DateOnly? Birthday { get; set; } // pd
        public string? RelationshipStatus { get; set; } // pd
        public string? SexualOrientation { get; set; } // pd
        public string? PoliticalViews { get; set; } // pd
        public bool Verified { get; set; } // no
        public int FollowersCount { get; set; } // no
        public DateTime JoinedAt { get; set; } // no
    }

    public class Post
    {
        public long Id { get; set; } // no
        public long AuthorId { get; set; } // pd
        public string Text { get; set; } = ""; // pd
        public Visibility Visibility { get; set; } // no
        public List<string> MediaUrls { get; set; } = new(); // pd
        public double? Lat { get; set; } // pd
        public double? Lon { get; set; } // pd
        public int LikeCount { get; set; } // no
        public DateTime PostedAt { get; set; } // no
        public string Language { get; set; } = ""; // no
    }

    public class Comment
    {
        public long Id { get; set; } // no
        public long PostId { get; set; } // no
        public long CommenterId { get; set; } // pd
        public string Content { get; set; } = ""; // pd
        public DateTime CreatedAt { get; set; } // no
    }

    public class DirectMessage
    {
        public Guid Id { get; set; } // no
        public long SenderId { get; set; } // pd
        public long RecipientId { get; set; } // pd
        public string Body { get; set; } = ""; // pd
        public DateTime SentAt { get; set; } // no
        public DateTime? ReadAt { get; set; } // no
        public bool Encrypted { get; set; } // no
    }

    public class Follow
    {
        public long FollowerId { get; set; } // pd
        public long FolloweeId { get; set; } // pd
        public DateTime Since { get; set; } // no
    }

    public class Hashtag
    {
        public int Id { get; set; } // no
        public string Tag { get; set; } = ""; // no
        public int UsageCount { get; set; } // no
        public DateTime FirstSeen { get; set; } // no
    }

    public class ModerationReport
    {
        public Guid Id { get; set; } // no
        public long ReportedPostId { get; set; } // no
        public long ReporterId { get; set; } // pd
        public string Reason { get; set; } = ""; // no
        public string? ModeratorNotes { get; set; } // no
        public string Outcome { get; set; } = ""; // no
    }

    public class SessionInfo
    {
        public string SessionId { get; set; } = ""; // pd
        public long MemberId { get; set; } // pd
        public string IpAddress { get; set; } = ""; // pd
        public string DeviceName { get; set; } = ""; // pd
        public DateTime LastActive { get; set; } // no
    }

    public class RateLimitPolicy
    {
        public string Name { get; set; } = ""; // no
        public int PermitLimit { get; set; } // no
        public TimeSpan Window { get; set; } // no
        public int QueueLimit { get; set; } // no
    }
}
#endif
