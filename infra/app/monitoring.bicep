// Log Analytics and workspace-based Application Insights with local (key) authentication disabled: the app's identity
// publishes telemetry through Entra ID (APPLICATIONINSIGHTS_AUTHENTICATION_STRING).

@description('The Log Analytics workspace name.')
param logAnalyticsName string

@description('The Application Insights component name.')
param applicationInsightsName string

@description('The region.')
param location string

@description('Tags of every resource.')
param tags object

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    retentionInDays: 30
    sku: {
      name: 'PerGB2018'
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    DisableLocalAuth: true
    WorkspaceResourceId: logAnalytics.id
  }
}

output applicationInsightsName string = applicationInsights.name
output connectionString string = applicationInsights.properties.ConnectionString
