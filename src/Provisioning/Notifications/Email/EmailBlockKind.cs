namespace ChatOps.Provisioning.Notifications.Email;

internal enum EmailBlockKind
{
    Paragraph,
    Heading,
    Table,
    BulletList,
    NumberedList,
}
