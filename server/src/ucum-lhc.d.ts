declare module '@lhncbc/ucum-lhc' {
  interface ConversionResult {
    status: 'succeeded' | 'failed' | 'error';
    toVal?: number;
    msg: string[];
  }
  interface UcumLhcUtils {
    validateUnitString(unit: string): { status: 'valid' | 'invalid' | 'error'; msg: string[] };
    convertUnitTo(from: string, value: number, to: string, options?: { molecularWeight?: number }): ConversionResult;
  }
  const ucum: { UcumLhcUtils: { getInstance(): UcumLhcUtils } };
  export default ucum;
}
