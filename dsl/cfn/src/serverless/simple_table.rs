// @generated from AWS::Serverless::SimpleTable (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Serverless::SimpleTable` and its property types.

/// A `AWS::Serverless::SimpleTable`.
///
/// CloudFormation type `AWS::Serverless::SimpleTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct SimpleTable {
    props: ::forma_core::schema::Props,
}
impl SimpleTable {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PointInTimeRecoverySpecification`.
    #[track_caller]
    pub fn point_in_time_recovery_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsDynamodbTablePointInTimeRecoverySpecification>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PrimaryKey`.
    #[track_caller]
    pub fn primary_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProvisionedThroughput`.
    #[track_caller]
    pub fn provisioned_throughput(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsDynamodbTableProvisionedThroughput>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SSESpecification`.
    #[track_caller]
    pub fn sse_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsDynamodbTableSseSpecification>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TableName`.
    #[track_caller]
    pub fn table_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for SimpleTable {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for SimpleTable {
    type Attributes = SimpleTableAttributes;
    fn type_name(&self) -> &str {
        "AWS::Serverless::SimpleTable"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Serverless::SimpleTable` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SimpleTableAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SimpleTableAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SimpleTableAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `StreamArn`.
    pub fn stream_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StreamArn")
    }
}

/// The `AWS::DynamoDB::Table.PointInTimeRecoverySpecification` property type of `AWS::Serverless::SimpleTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsDynamodbTablePointInTimeRecoverySpecification {
    props: ::forma_core::schema::Props,
}
impl AwsDynamodbTablePointInTimeRecoverySpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PointInTimeRecoveryEnabled`.
    pub fn point_in_time_recovery_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RecoveryPeriodInDays`.
    pub fn recovery_period_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsDynamodbTablePointInTimeRecoverySpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsDynamodbTablePointInTimeRecoverySpecification>
    for ::forma_core::Value<AwsDynamodbTablePointInTimeRecoverySpecification>
{
    fn from(v: AwsDynamodbTablePointInTimeRecoverySpecification) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(AWS_DYNAMODB_TABLE_POINT_IN_TIME_RECOVERY_SPECIFICATION_TYPE.properties),
        )
    }
}

/// The `AWS::DynamoDB::Table.ProvisionedThroughput` property type of `AWS::Serverless::SimpleTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsDynamodbTableProvisionedThroughput {
    props: ::forma_core::schema::Props,
}
impl AwsDynamodbTableProvisionedThroughput {
    /// A new value with its required properties: `ReadCapacityUnits`, `WriteCapacityUnits`.
    pub fn new(
        read_capacity_units: impl ::std::convert::Into<::forma_core::Value<f64>>,
        write_capacity_units: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, read_capacity_units.into().into_expr());
        props.set(1, write_capacity_units.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AwsDynamodbTableProvisionedThroughput>
    for ::forma_core::Value<AwsDynamodbTableProvisionedThroughput>
{
    fn from(v: AwsDynamodbTableProvisionedThroughput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_DYNAMODB_TABLE_PROVISIONED_THROUGHPUT_TYPE.properties))
    }
}

/// The `AWS::DynamoDB::Table.SSESpecification` property type of `AWS::Serverless::SimpleTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsDynamodbTableSseSpecification {
    props: ::forma_core::schema::Props,
}
impl AwsDynamodbTableSseSpecification {
    /// A new value with its required properties: `SSEEnabled`.
    pub fn new(sse_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, sse_enabled.into().into_expr());
        Self { props }
    }
    /// `KMSMasterKeyId`.
    pub fn kms_master_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SSEType`.
    pub fn sse_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AwsDynamodbTableSseSpecification> for ::forma_core::Value<AwsDynamodbTableSseSpecification> {
    fn from(v: AwsDynamodbTableSseSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_DYNAMODB_TABLE_SSE_SPECIFICATION_TYPE.properties))
    }
}

/// The schema of `AWS::Serverless::SimpleTable`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Serverless::SimpleTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "PointInTimeRecoverySpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_DYNAMODB_TABLE_POINT_IN_TIME_RECOVERY_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PrimaryKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ProvisionedThroughput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_DYNAMODB_TABLE_PROVISIONED_THROUGHPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SSESpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_DYNAMODB_TABLE_SSE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["Arn", "StreamArn"],
};

static AWS_DYNAMODB_TABLE_POINT_IN_TIME_RECOVERY_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::SimpleTable.AWS::DynamoDB::Table.PointInTimeRecoverySpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "PointInTimeRecoveryEnabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "RecoveryPeriodInDays",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static AWS_DYNAMODB_TABLE_PROVISIONED_THROUGHPUT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::SimpleTable.AWS::DynamoDB::Table.ProvisionedThroughput",
        properties: &[
            ::forma_core::schema::Property {
                name: "ReadCapacityUnits",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "WriteCapacityUnits",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static AWS_DYNAMODB_TABLE_SSE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::SimpleTable.AWS::DynamoDB::Table.SSESpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "KMSMasterKeyId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SSEEnabled",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "SSEType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
