namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>
/// One block of an e-mail body: a paragraph, a heading, a list, or label/value rows. The composer builds blocks
/// once and <see cref="EmailRenderer"/> turns them into plain text and into HTML, so both stay the same.
/// </summary>
internal sealed record EmailBlock(EmailBlockKind Kind, string Text, IReadOnlyList<(string Label, string Value)>? Rows = null, IReadOnlyList<string>? Items = null)
{
    public static EmailBlock Paragraph(string text) => new(EmailBlockKind.Paragraph, text);

    public static EmailBlock Heading(string text) => new(EmailBlockKind.Heading, text);

    public static EmailBlock Table(string caption, params (string Label, string Value)[] rows) => new(EmailBlockKind.Table, caption, rows);

    public static EmailBlock List(IReadOnlyList<string> items, bool numbered = false) =>
        new(numbered ? EmailBlockKind.NumberedList : EmailBlockKind.BulletList, "", Items: items);
}
