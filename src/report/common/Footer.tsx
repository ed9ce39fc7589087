import { Text, View } from '@react-pdf/renderer';
import { space, styles } from '../styles';

/** Repeated on every page (`fixed`): what the document is, its date and the page number. */
export function Footer({ left }: { left: string }) {
  return (
    <View style={styles.footer} fixed>
      {/* Shrinks and wraps, so a long client label never runs into the page number. */}
      <Text style={{ flexShrink: 1, marginRight: space.m }}>{left}</Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}
