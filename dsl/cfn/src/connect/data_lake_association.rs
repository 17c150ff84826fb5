// @generated from AWS::Connect::DataLakeAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::DataLakeAssociation` and its property types.

/// Resource schema for AWS::Connect::DataLakeAssociation
///
/// CloudFormation type `AWS::Connect::DataLakeAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLakeAssociation {
    props: ::forma_core::schema::Props,
}
impl DataLakeAssociation {
    /// A new resource with its required properties: `DataSetId`, `InstanceId`.
    #[track_caller]
    pub fn new(
        data_set_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, data_set_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, instance_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The identifier of the target account
    ///
    /// Allowed: length 12 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn target_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataLakeAssociation {
    type Attributes = DataLakeAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::DataLakeAssociation"
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
/// The attributes of a `AWS::Connect::DataLakeAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataLakeAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataLakeAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataLakeAssociationAttributes {
    /// `Fn::GetAtt` `ResourceShareId`.
    pub fn resource_share_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceShareId")
    }
    /// `Fn::GetAtt` `ResourceShareArn`.
    pub fn resource_share_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceShareArn")
    }
}

/// The schema of `AWS::Connect::DataLakeAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::DataLakeAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSetId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-a-zA-Z0-9]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetAccountId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d+$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
    ],
    rules: &[],
    attributes: &["ResourceShareId", "ResourceShareArn"],
};
