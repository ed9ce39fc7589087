import { Text, View } from '@react-pdf/renderer';
import { HEADING_PRESENCE_AHEAD, styles } from '../styles';
import { outline } from './outline';

/** A section's h2, never left alone at the foot of a page, and an entry in the PDF's outline. */
export function SectionHeading({ children }: { children: string }) {
  return (
    <View minPresenceAhead={HEADING_PRESENCE_AHEAD} {...outline(children)}>
      <Text style={styles.h2}>{children}</Text>
    </View>
  );
}

/** A sub-heading inside a section. */
export function SubHeading({ children }: { children: string }) {
  return (
    <Text style={styles.h3} minPresenceAhead={HEADING_PRESENCE_AHEAD}>
      {children}
    </Text>
  );
}
