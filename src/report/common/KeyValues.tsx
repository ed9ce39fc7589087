import { Text, View } from '@react-pdf/renderer';
import { rowStyle, styles } from '../styles';

/** Label/value rows (e.g. the cost inputs in words). */
export function KeyValues({ rows }: { rows: readonly { label: string; value: string }[] }) {
  return (
    <View style={styles.table}>
      {rows.map((row, index) => (
        <View key={row.label} style={rowStyle(index)} wrap={false}>
          <Text style={[styles.cell, styles.strong, { width: '28%' }]}>{row.label}</Text>
          <Text style={{ width: '72%' }}>{row.value}</Text>
        </View>
      ))}
    </View>
  );
}
