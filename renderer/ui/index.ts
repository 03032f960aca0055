export { AppShell, type AppShellProps } from './AppShell';
export { Badge, type BadgeProps, type BadgeTone } from './Badge';
export { Button, type ButtonProps, type ButtonVariant } from './Button';
export { cx } from './classNames';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { FieldSet, FormField, type ControlProps, type FieldSetProps, type FormFieldProps } from './FormField';
export { Loading } from './Loading';
export { Notice, type NoticeProps } from './Notice';
export { Page, PageHeading, type PageHeadingProps, type PageProps } from './Page';
