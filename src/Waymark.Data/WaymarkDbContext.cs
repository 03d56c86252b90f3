using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>
/// The workspace database. Each provider has a subclass that owns its hand-written migrations
/// (docs/adr/002-storage.md); the model itself is defined once, here. Identity's user tables come from
/// <see cref="IdentityUserContext{TUser}"/>: Waymark has no global roles (roles are per workspace, in
/// workspace_members), so the role tables of IdentityDbContext would only sit empty.
/// </summary>
public abstract class WaymarkDbContext : IdentityUserContext<WaymarkUser>
{
    protected WaymarkDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<WorkspaceEntity> Workspaces => Set<WorkspaceEntity>();
    public DbSet<MapEntity> Maps => Set<MapEntity>();
    public DbSet<MapRevisionEntity> MapRevisions => Set<MapRevisionEntity>();
    public DbSet<PersonaEntity> Personas => Set<PersonaEntity>();
    public DbSet<EventEntity> Events => Set<EventEntity>();
    public DbSet<CustomerAttributeEntity> CustomerAttributes => Set<CustomerAttributeEntity>();
    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();
    public DbSet<EventSourceEntity> EventSources => Set<EventSourceEntity>();
    public DbSet<SegmentEntity> Segments => Set<SegmentEntity>();
    public DbSet<FeedbackEntity> Feedback => Set<FeedbackEntity>();
    public DbSet<AuditEventEntity> AuditEvents => Set<AuditEventEntity>();
    public DbSet<WorkspaceMemberEntity> WorkspaceMembers => Set<WorkspaceMemberEntity>();
    public DbSet<SignInLinkEntity> SignInLinks => Set<SignInLinkEntity>();
    public DbSet<InvitationEntity> Invitations => Set<InvitationEntity>();
    public DbSet<CommentThreadEntity> CommentThreads => Set<CommentThreadEntity>();
    public DbSet<CommentEntity> Comments => Set<CommentEntity>();
    public DbSet<CommentInboxEntity> CommentInbox => Set<CommentInboxEntity>();
    public DbSet<ShareLinkEntity> ShareLinks => Set<ShareLinkEntity>();
    public DbSet<VoteEntity> Votes => Set<VoteEntity>();
    public DbSet<VoteSettingsEntity> VoteSettings => Set<VoteSettingsEntity>();
    public DbSet<TopicRuleEntity> TopicRules => Set<TopicRuleEntity>();
    public DbSet<FeedbackTagEntity> FeedbackTags => Set<FeedbackTagEntity>();
    public DbSet<FeedbackItemTagEntity> FeedbackItemTags => Set<FeedbackItemTagEntity>();
    public DbSet<ImageEntity> Images => Set<ImageEntity>();
    public DbSet<MapOperationEntity> MapOperations => Set<MapOperationEntity>();
    public DbSet<MapTombstoneEntity> MapTombstones => Set<MapTombstoneEntity>();
    public DbSet<MapVersionEntity> MapVersions => Set<MapVersionEntity>();
    public DbSet<WebhookEndpointEntity> WebhookEndpoints => Set<WebhookEndpointEntity>();
    public DbSet<WebhookDeliveryEntity> WebhookDeliveries => Set<WebhookDeliveryEntity>();
    public DbSet<RuleEntity> Rules => Set<RuleEntity>();
    public DbSet<RuleFiringEntity> RuleFirings => Set<RuleFiringEntity>();
    public DbSet<RuleTimerEntity> RuleTimers => Set<RuleTimerEntity>();
    public DbSet<RuleCursorEntity> RuleCursors => Set<RuleCursorEntity>();
    public DbSet<RuleSegmentMemberEntity> RuleSegmentMembers => Set<RuleSegmentMemberEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<WorkspaceEntity>(e =>
        {
            e.ToTable("workspaces");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<MapEntity>(e =>
        {
            e.ToTable("maps");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.SourceId).HasMaxLength(64);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.BasedOnMapId).HasMaxLength(64);
            e.Property(x => x.OwnerId).HasMaxLength(64);
            e.Property(x => x.UpdatedBy).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.WorkspaceId, x.UpdatedAt });
            e.HasIndex(x => new { x.WorkspaceId, x.Kind });
            e.HasIndex(x => x.ReviewBy);
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MapRevisionEntity>(e =>
        {
            e.ToTable("map_revisions");
            e.HasKey(x => x.Id);
            e.Property(x => x.MapId).HasMaxLength(64);
            e.Property(x => x.Author).HasMaxLength(200);
            e.Property(x => x.Summary).HasMaxLength(500);
            e.HasIndex(x => new { x.MapId, x.Number }).IsUnique();
            e.HasOne<MapEntity>().WithMany().HasForeignKey(x => x.MapId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PersonaEntity>(e =>
        {
            e.ToTable("personas");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.UpdatedBy).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.WorkspaceId, x.Name });
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
        EventModel.Configure(modelBuilder);
        FeedbackModel.Configure(modelBuilder);
        AuditModel.Configure(modelBuilder);
        AccountsModel.Configure(modelBuilder);
        InvitationModel.Configure(modelBuilder);
        CommentsModel.Configure(modelBuilder);
        SharingModel.Configure(modelBuilder);
        TopicsModel.Configure(modelBuilder);
        FeedbackTagModel.Configure(modelBuilder);
        ImagesModel.Configure(modelBuilder);
        OperationsModel.Configure(modelBuilder);
        HistoryModel.Configure(modelBuilder);
        WebhooksModel.Configure(modelBuilder);
        RulesModel.Configure(modelBuilder);
    }
}
