import { Link, Text, View } from '@react-pdf/renderer';
import type { ReportMissingPart } from '../../domain/report-model';
import { styles } from '../styles';
import { useResolveHref } from './links';

/** A part of the report that is not done yet, with where to do it. */
export function Missing({ part }: { part: ReportMissingPart }) {
  const src = useResolveHref()(part.href);
  return (
    <View style={styles.warning} wrap={false}>
      <Text style={styles.paragraph}>{part.message}</Text>
      {src ? (
        <Link src={src} style={styles.link}>
          {part.linkText}
        </Link>
      ) : (
        <Text>{part.linkText}</Text>
      )}
    </View>
  );
}
