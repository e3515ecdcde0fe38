/**
 * The pane's tabs on one row at any width: tabs that do not fit go into a "Lainnya" menu at the end (the
 * selected tab always stays visible). Fluent's Overflow measures the row, so nothing is hard-coded per width.
 */
import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";

export interface PaneTab<T extends string> {
  id: T;
  /** Visible label; `name` when the accessible name is longer (label contained in it). */
  label: string;
  name?: string;
}

const useStyles = makeStyles({
  // The measured row: the tab list and, outside it (a tablist holds only tabs), the Lainnya button.
  row: { display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden" },
  list: { flexWrap: "nowrap", flexShrink: 0 },
  more: { flexShrink: 0, whiteSpace: "nowrap" },
});

function OverflowMenuItem<T extends string>({ tab, onSelect }: { tab: PaneTab<T>; onSelect: (id: T) => void }) {
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab.id)}>{tab.name ?? tab.label}</MenuItem>;
}

function MoreMenu<T extends string>({ tabs, onSelect }: { tabs: PaneTab<T>[]; onSelect: (id: T) => void }) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          ref={ref}
          appearance="transparent"
          size="small"
          className={styles.more}
          aria-label={`Lainnya: ${overflowCount} menu lain`}
        >
          Lainnya
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((t) => (
            <OverflowMenuItem key={t.id} tab={t} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export interface PaneTabsProps<T extends string> {
  tabs: PaneTab<T>[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
}

export function PaneTabs<T extends string>({ tabs, selected, onSelect, label }: PaneTabsProps<T>) {
  const styles = useStyles();
  return (
    // No extra padding: the Lainnya button is measured as an item of the row when it shows.
    <Overflow minimumVisible={2} padding={0}>
      <div className={styles.row}>
        <TabList
          className={styles.list}
          size="small"
          selectedValue={selected}
          onTabSelect={(_, d) => onSelect(d.value as T)}
          aria-label={label}
        >
          {tabs.map((t, i) => (
            // Earlier tabs overflow last; the selected one never.
            <OverflowItem key={t.id} id={t.id} priority={t.id === selected ? tabs.length + 1 : tabs.length - i}>
              <Tab value={t.id} aria-label={t.name}>
                {t.label}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreMenu tabs={tabs} onSelect={onSelect} />
      </div>
    </Overflow>
  );
}
