// The storage account of the app, the Functions host and Durable Functions: blob, queue and table; shared-key access
// disabled (identity only). The app's queues and containers are created here, and a lifecycle rule deletes accumulated
// windows and batch outputs and reports after the retention period.

@description('The storage account name (3-24 lower-case letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('The region.')
param location string

@description('Tags of every resource.')
param tags object

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

@minValue(1)
@description('Days after the last modification at which windows and batch outputs are deleted.')
param retentionDays int

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    dnsEndpointType: 'Standard'
    minimumTlsVersion: 'TLS1_2'
    publicNetworkAccess: 'Enabled'
    supportsHttpsTrafficOnly: true
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource blobServices 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for container in [
    names.eventsContainer
    names.modelsContainer
    names.poisonContainer
    names.scheduleContainer
    names.batchContainer
    names.deploymentContainer
  ]: {
    parent: blobServices
    name: container
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueServices 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queue in [
    names.inboundQueue
    '${names.inboundQueue}-poison'
    names.alertQueue
  ]: {
    parent: queueServices
    name: queue
  }
]

// Durable Functions keeps its history and instances in tables.
resource tableServices 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

// Windows are append blobs (segments), batch outputs and reports block blobs; both expire. Kept: models, the label
// index (the batch deletes it after LabelHorizonDays), poison reasons and the schedule's state.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-windows-and-batch-outputs'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'appendBlob'
                'blockBlob'
              ]
              prefixMatch: [
                '${names.eventsContainer}/'
                '${names.batchContainer}/windows/'
                '${names.batchContainer}/ids/'
                '${names.batchContainer}/reports/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: retentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [
    containers
  ]
}

output name string = storage.name
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
