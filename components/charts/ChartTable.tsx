import type { ChartData } from '../../utils/analytics/chart-data';

/**
 * The chart's numbers as a table, captioned with its title: what a screen
 * reader, a keyboard user or anyone checking a figure reads instead of the
 * picture. A reference line is a last column, as in the CSV.
 */
export function ChartTable(props: { data: ChartData; format: (value: number) => string }) {
  const { data, format } = props;
  return (
    <table>
      <caption>{data.title}</caption>
      <thead>
        <tr>
          <th scope="col">{data.categoryHeading}</th>
          {data.series.map((series, index) => (
            <th key={`${index}-${series.label}`} scope="col">
              {series.label}
            </th>
          ))}
          {data.reference && <th scope="col">{data.reference.label}</th>}
        </tr>
      </thead>
      <tbody>
        {data.categories.map((category, row) => (
          <tr key={`${row}-${category}`}>
            <th scope="row">{category}</th>
            {data.series.map((series, index) => (
              <td key={`${index}-${series.label}`}>{format(series.values[row] ?? 0)}</td>
            ))}
            {data.reference && <td>{format(data.reference.value)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
