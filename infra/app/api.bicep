// The function app: Flex Consumption (FC1) Linux plan, dotnet-isolated 10.0, deployed from a blob container by the
// app's user-assigned identity, which is also its identity-based AzureWebJobsStorage connection. No secret is in app
// settings. The Functions host owns the keys (function and master keys replace the local host's Tidewater:FunctionKey
// and Tidewater:AdminKey).

@description('The function app name.')
param name string

@description('The plan name.')
param planName string

@description('The region.')
param location string

@description('Tags of every resource.')
param tags object

@description('Resource id of the app\'s user-assigned identity.')
param identityId string

@description('Client id of the app\'s user-assigned identity.')
param identityClientId string

@description('Blob endpoint of the storage account (https://{account}.blob.core.windows.net/).')
param blobEndpoint string

@description('Queue endpoint of the storage account.')
param queueEndpoint string

@description('Table endpoint of the storage account.')
param tableEndpoint string

@description('Application Insights connection string (not a secret: local auth is disabled, the identity publishes).')
param applicationInsightsConnectionString string

@description('The queue and container names (main.bicep `names`).')
param names {
  inboundQueue: string
  alertQueue: string
  eventsContainer: string
  modelsContainer: string
  poisonContainer: string
  scheduleContainer: string
  batchContainer: string
  deploymentContainer: string
}

@description('The batch schedule (6-field NCRONTAB, UTC).')
param batchSchedule string

@allowed([
  2048
  4096
])
@description('Memory of one instance in MB.')
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
@description('Most instances the app scales out to.')
param maximumInstanceCount int = 100

// The Functions host's own settings: identity-based storage (no connection string, no key) and telemetry.
var hostSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: queueEndpoint
  AzureWebJobsStorage__tableServiceUri: tableEndpoint
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

// The app's own settings, with the names and values of local.settings.sample.json (README "Configuration").
// tests/App.Tests/Configuration/SettingsConsistencyTests.cs checks that every setting the app reads is here, except
// the local host's own and WriterId (its per-process default is right for every instance).
var appSettings = {
  InboundQueue: names.inboundQueue
  BatchSchedule: batchSchedule
  Tidewater__AlertQueue: names.alertQueue
  Tidewater__EventsContainer: names.eventsContainer
  Tidewater__ModelsContainer: names.modelsContainer
  Tidewater__PoisonContainer: names.poisonContainer
  Tidewater__ScheduleContainer: names.scheduleContainer
  Tidewater__BatchContainer: names.batchContainer
  Tidewater__WindowMinutes: '60'
  Tidewater__SealGraceSeconds: '300'
  Tidewater__SegmentMaxBytes: '67108864'
  Tidewater__SegmentMaxBlocks: '40000'
  Tidewater__GroupCommitLingerMilliseconds: '0'
  Tidewater__MaxEventAgeDays: '7'
  Tidewater__MaxItemsPerRequest: '1000'
  Tidewater__MaxRequestBytes: '16777216'
  Tidewater__DedupeCapacity: '2000000'
  Tidewater__ReviewThreshold: '0.5'
  Tidewater__DeclineThreshold: '0.85'
  Tidewater__ModelRefreshSeconds: '60'
  Tidewater__BaselineCacheShards: '64'
  Tidewater__BatchCatchUpLimit: '24'
  Tidewater__BatchScanLimit: '1440'
  Tidewater__ChunkMaxBytes: '8388608'
  Tidewater__ChunkMaxItems: '20000'
  Tidewater__ChunkGroupSize: '100'
  Tidewater__MaxChunksInFlight: '16'
  Tidewater__ToleratedFailurePercent: '0'
  Tidewater__MinLabels: '50'
  Tidewater__LabelHorizonDays: '30'
  Tidewater__MaxTrainingExamples: '200000'
  Tidewater__ReconciliationExamples: '20'
  Tidewater__TopRiskyAccounts: '20'
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      alwaysOn: false
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${names.deploymentContainer}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: union(hostSettings, appSettings)
  }
}

output name string = functionApp.name
output url string = 'https://${functionApp.properties.defaultHostName}'
