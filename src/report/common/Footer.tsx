import { Text, View } from '@react-pdf/renderer';
import { space, styles } from '../styles';
import { fillSlots } from '../../domain/fill-slots';

/** Repeated on every page (`fixed`): what the document is, its date and the page number ("Page {page} of {pages}"). */
export function Footer({ left, pageText }: { left: string; pageText: string }) {
  return (
    <View style={styles.footer} fixed>
      {/* Shrinks and wraps, so a long client label never runs into the page number. */}
      <Text style={{ flexShrink: 1, marginRight: space.m }}>{left}</Text>
      <Text render={({ pageNumber, totalPages }) => fillSlots(pageText, { page: pageNumber, pages: totalPages })} />
    </View>
  );
}
