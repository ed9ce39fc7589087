import { Text, View } from '@react-pdf/renderer';
import { styles } from '../styles';

/** Repeated on every page (`fixed`): what the document is, its date and the page number. */
export function Footer({ left }: { left: string }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{left}</Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}
